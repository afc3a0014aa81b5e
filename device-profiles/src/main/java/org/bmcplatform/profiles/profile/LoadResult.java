package org.bmcplatform.profiles.profile;

import java.util.List;

/** The catalog built from built-in and user profiles, and the user files that were rejected. */
public record LoadResult(ProfileCatalog catalog, List<ProfileError> errors) {
    public LoadResult {
        errors = List.copyOf(errors);
    }
}
