package org.shouwang.assistance;

import java.time.LocalDate;
import org.shouwang.policy.PolicyProfiles;
import org.springframework.stereotype.Component;

/** The follow-up settings of the profile in force for a region on a day (profiles are cached by the policy module). */
@Component
class FollowProfiles {

    private final PolicyProfiles profiles;

    FollowProfiles(PolicyProfiles profiles) {
        this.profiles = profiles;
    }

    FollowSettings settings(String regionCode, LocalDate day) {
        return FollowSettings.of(profiles.inForce(regionCode, day));
    }
}
