/** Scenario files, the {@code muhojir} command and its reports, on top of the core model. */
package org.muhojir.scenarios;
