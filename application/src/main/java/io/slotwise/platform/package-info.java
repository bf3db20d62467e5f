/**
 * Platform concerns shared by every module: GraphQL wiring, security, infrastructure
 * start-up and the demo launcher. Depends on modules' published APIs only.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package io.slotwise.platform;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
