/** The MCTP control protocol, message type 0 (DSP0236 §11-12): messages, codec, responder, requester and bus owner. */
package org.bmcplatform.mctp.control;
