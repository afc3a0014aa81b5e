package org.bmcplatform.app;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The bmc-platform server: the board's buses, discovery, inventory, health polling, events and REST. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class PlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformApplication.class, args);
    }

    /** Wall-clock time for stamps in the database (STYLE.md rule 18: injected, never read directly). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
