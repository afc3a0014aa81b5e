/** The bmc-platform Spring Boot server, packaged by feature (ARCHITECTURE.md, platform-app). */
package org.bmcplatform.app;
