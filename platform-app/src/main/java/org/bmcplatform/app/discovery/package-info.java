/** Endpoint discovery: bus owner setup per declared address (DSP0236 §8.17), endpoints keyed by UUID, profile match and identification. */
package org.bmcplatform.app.discovery;
