/** The HTTP client of the platform's REST API (/api); server errors arrive as RFC 9457 problem details. */
package org.bmcplatform.console.platform;
