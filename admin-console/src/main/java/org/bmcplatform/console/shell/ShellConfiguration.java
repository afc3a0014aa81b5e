package org.bmcplatform.console.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

/** The console's parser and prompt; Spring Shell's auto-configured ones back off. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    CommandParser commandParser(CommandRegistry registry) {
        return new ConsoleCommandParser(registry);
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("bmc:> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
