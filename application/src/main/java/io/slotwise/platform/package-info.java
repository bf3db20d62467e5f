/**
 * Platform concerns shared by every module: GraphQL wiring, security, infrastructure
 * start-up and the demo launcher. Depends on modules' published APIs only.
 */
@ApplicationModule(displayName = "Platform")
package io.slotwise.platform;

import org.springframework.modulith.ApplicationModule;
