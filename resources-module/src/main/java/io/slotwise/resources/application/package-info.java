/**
 * Use-case implementations of the resources module: transaction boundaries and event
 * publication.
 */
package io.slotwise.resources.application;
