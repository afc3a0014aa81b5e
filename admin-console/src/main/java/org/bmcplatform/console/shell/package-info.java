/** How the console runs: interactive shell or one-shot command, argument parsing, failures and exit codes. */
package org.bmcplatform.console.shell;
