/** Message tags: allocation per peer with expiry, and matching responses to requests (DSP0236 §8.7). */
package org.bmcplatform.mctp.tag;
