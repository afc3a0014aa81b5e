package org.bmcplatform.app.discovery;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.profiles.profile.LoadResult;
import org.bmcplatform.profiles.profile.ProfileCatalog;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The device profiles (built-in plus {@code bmc.profiles-dir}) and the engine that runs them over MCTP. */
@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

    @Bean
    ProfileCatalog profileCatalog(ProfileProperties properties) {
        LoadResult result = ProfileCatalog.load(
                properties.profilesDir() == null ? List.of() : List.of(properties.profilesDir()));
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("Device profiles cannot be used:\n" + result.errors().stream()
                    .map(e -> e.toString())
                    .collect(Collectors.joining("\n")));
        }
        return result.catalog();
    }

    @Bean
    ProfileEngine profileEngine(LiveBoard board) {
        // the platform's EID: where a profile's pldm-events step asks termini to send their events
        return new ProfileEngine(board.endpoint(), RequestOptions.DEFAULT, board.scheduler(), Optional.of(board.localEid()));
    }
}
