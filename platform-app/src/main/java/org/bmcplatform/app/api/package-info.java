/** REST views that join features (components with health) and RFC 9457 problem details for every error. */
package org.bmcplatform.app.api;
