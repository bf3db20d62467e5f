/**
 * The Spring Boot entry point of Slotwise; each module lives in a package below this one.
 */
@NullMarked
package io.slotwise;

import org.jspecify.annotations.NullMarked;
