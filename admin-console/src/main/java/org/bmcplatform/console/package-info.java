/** The admin console: a Spring Shell client of the platform's REST API, plus offline frame decoding (DSP0237, DSP0253). */
package org.bmcplatform.console;
