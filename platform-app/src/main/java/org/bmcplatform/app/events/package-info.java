/** The event log and the server-sent event stream (HTML Living Standard, server-sent events) fed by the features' events. */
package org.bmcplatform.app.events;
