package org.bmcplatform.profiles.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The profiles known to the platform: the built-ins on the classpath ({@code profiles/index.txt}
 * lists them, since classpath directories cannot be listed reliably inside a jar) layered with user
 * directories (same id replaces, new ids extend). Immutable.
 */
public final class ProfileCatalog {
    static final String INDEX = "profiles/index.txt";

    private final Map<String, DeviceProfile> profiles;

    private ProfileCatalog(Map<String, DeviceProfile> profiles) {
        this.profiles = Map.copyOf(profiles);
    }

    /** The built-in profiles. A broken built-in is a packaging bug and fails loudly. */
    public static ProfileCatalog builtIn() {
        return new ProfileCatalog(readBuiltIns());
    }

    /** Built-ins, then each directory in order (files {@code *.yaml}/{@code *.yml}, recursively, sorted by path). */
    public static LoadResult load(List<Path> userDirectories) {
        Map<String, DeviceProfile> byId = new LinkedHashMap<>(readBuiltIns());
        List<ProfileError> errors = new ArrayList<>();
        for (Path dir : userDirectories) {
            if (!Files.isDirectory(dir)) {
                errors.add(new ProfileError(dir, 0, "(directory)", "not a readable directory; create it or remove it from the profile path"));
                continue;
            }
            for (Path file : yamlFiles(dir, errors)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    DeviceProfile p = ProfileReader.read(r, file.toString());
                    byId.put(p.id(), p);
                } catch (ProfileFormatException e) {
                    errors.add(new ProfileError(file, e.line(), e.field(), e.getMessage()));
                } catch (IOException | UncheckedIOException e) {
                    errors.add(new ProfileError(file, 0, "(file)", "cannot read: " + e.getMessage()));
                }
            }
        }
        return new LoadResult(new ProfileCatalog(byId), errors);
    }

    /** The most specific matching profile (most identity entries), ties broken by id. */
    public Optional<DeviceProfile> match(EndpointFacts facts) {
        return profiles.values().stream()
                .filter(p -> p.match().matches(facts))
                .min(Comparator.comparingInt((DeviceProfile p) -> -p.match().specificity()).thenComparing(DeviceProfile::id));
    }

    public Optional<DeviceProfile> find(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /** All profiles, sorted by id. */
    public List<DeviceProfile> all() {
        return profiles.values().stream().sorted(Comparator.comparing(DeviceProfile::id)).toList();
    }

    private static List<Path> yamlFiles(Path dir, List<ProfileError> errors) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            errors.add(new ProfileError(dir, 0, "(directory)", "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private static Map<String, DeviceProfile> readBuiltIns() {
        ClassLoader loader = ProfileCatalog.class.getClassLoader();
        Map<String, DeviceProfile> byId = new LinkedHashMap<>();
        for (String entry : indexEntries(loader)) {
            String resource = "profiles/" + entry;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(INDEX + " lists " + entry + " but classpath:" + resource + " does not exist");
                }
                DeviceProfile p = ProfileReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + resource);
                if (byId.put(p.id(), p) != null) {
                    throw new IllegalStateException("built-in profile id " + p.id() + " appears twice");
                }
            } catch (ProfileFormatException e) {
                throw new IllegalStateException("built-in profile classpath:" + resource + " line " + e.line() + ", "
                        + e.field() + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }

    private static List<String> indexEntries(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + INDEX + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
