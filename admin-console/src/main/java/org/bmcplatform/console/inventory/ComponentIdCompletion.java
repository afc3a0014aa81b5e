package org.bmcplatform.console.inventory;

import java.util.List;

import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.CommandFailure;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion of the component id right after {@code component} or {@code readings}: the ids the
 * platform lists, each described by name and serial number. Nothing is proposed when the platform
 * does not answer (completion never prints an error).
 */
@Component(ComponentIdCompletion.BEAN)
public class ComponentIdCompletion implements CompletionProvider {

    public static final String BEAN = "componentIdCompletion";

    private static final ParameterizedTypeReference<List<ComponentView>> COMPONENTS = new ParameterizedTypeReference<>() {
    };

    private final PlatformClient platform;

    public ComponentIdCompletion(PlatformClient platform) {
        this.platform = platform;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        if (context.getCommandOption() != null || !isFirstArgument(context)) {
            return List.of();
        }
        String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        List<ComponentView> components;
        try {
            components = platform.get("/api/components", COMPONENTS);
        } catch (CommandFailure e) {
            return List.of();
        }
        return components.stream()
                .filter(c -> c.id() != null && c.id().startsWith(prefix))
                .map(c -> new CompletionProposal(c.id())
                        .displayText(c.id())
                        .description(describe(c))
                        .category("Components"))
                .toList();
    }

    /** The word being completed is the first one after the command name (the {@code <id>}). */
    private static boolean isFirstArgument(CompletionContext context) {
        List<String> words = context.getWords();
        int index = context.getWordIndex();
        if (index < 1 || index > words.size()) {
            return false;
        }
        for (int i = 1; i < index; i++) {
            if (!words.get(i).isEmpty()) {
                return false;
            }
        }
        String current = index < words.size() ? words.get(index) : "";
        return !current.startsWith("-");
    }

    private static String describe(ComponentView c) {
        String serial = c.asset("serialNumber");
        String name = c.name() == null ? "" : c.name();
        return serial == null ? name : name + ", " + serial;
    }
}
