package org.bmcplatform.console.health;

import java.util.List;

import org.bmcplatform.console.inventory.ComponentIdCompletion;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion for {@code readings}: the component id, then the sensor names the device profiles
 * report (DESIGN.md device-profiles: {@code temperature}, {@code percentageUsed}) after {@code --sensor}.
 */
@Component(ReadingsCompletion.BEAN)
public class ReadingsCompletion implements CompletionProvider {

    public static final String BEAN = "readingsCompletion";
    static final List<String> SENSORS = List.of("temperature", "percentageUsed");

    private final ComponentIdCompletion componentIds;

    public ReadingsCompletion(ComponentIdCompletion componentIds) {
        this.componentIds = componentIds;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        if (context.getCommandOption() != null && "sensor".equals(context.getCommandOption().longName())) {
            String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            String prefix = word.startsWith("--sensor=") ? "--sensor=" : "";
            String typed = word.substring(prefix.length());
            return SENSORS.stream().filter(s -> s.startsWith(typed))
                    .map(s -> new CompletionProposal(prefix + s).displayText(s).category("Sensors"))
                    .toList();
        }
        return componentIds.apply(context);
    }
}
