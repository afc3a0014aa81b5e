/** Components keyed by endpoint UUID (DSP0236 §12.6), their location, state and asset facts with history. */
package org.bmcplatform.app.inventory;
