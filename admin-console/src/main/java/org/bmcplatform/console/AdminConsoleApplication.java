package org.bmcplatform.console;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Starts the console. Without a command it opens the interactive shell; with one
 * ({@code java -jar admin-console.jar components}) it runs that command and exits with its exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdminConsoleApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(AdminConsoleApplication.class, args)));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
