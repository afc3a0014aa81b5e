/** Device profiles as YAML data (match rule, identification, sensors, health rules, quirks) and the engine that runs them over NVMe-MI (ARCHITECTURE.md, device-profiles). */
package org.bmcplatform.profiles.profile;
