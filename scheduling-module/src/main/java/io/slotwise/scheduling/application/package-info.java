/**
 * Use-case implementations of scheduling: transaction boundaries and event publication.
 */
package io.slotwise.scheduling.application;
