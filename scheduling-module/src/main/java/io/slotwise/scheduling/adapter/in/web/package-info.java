/**
 * Plain HTTP endpoints that are not GraphQL: the practitioners' private iCalendar feeds,
 * which phones fetch without a login.
 */
@NullMarked
package io.slotwise.scheduling.adapter.in.web;

import org.jspecify.annotations.NullMarked;
