package com.skillgap.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.skillgap.store.Upload;

/**
 * Who may see which team: an admin every team, a manager the teams listed for them, and nobody else anything. A
 * run is visible to whoever uploaded it and to admins.
 */
@ConditionalOnWebApplication
@Component
public class TeamAccess {

	static final String ADMIN = "ROLE_ADMIN";

	private final Map<String, Set<String>> teamsByUser = new HashMap<>();

	TeamAccess(SecurityUsers users) {
		for (SecurityUsers.Account account : users.users()) {
			this.teamsByUser.put(account.username(), Set.copyOf(account.teams()));
		}
	}

	public boolean isAdmin(Authentication user) {
		return user != null && user.getAuthorities().stream().anyMatch(authority -> ADMIN.equals(authority.getAuthority()));
	}

	/**
	 * The team ids a user is limited to (to see, upload for and download); empty for an admin, who may see every
	 * team. A manager without teams is limited to none.
	 */
	public Optional<Set<String>> limitedTo(Authentication user) {
		if (isAdmin(user)) {
			return Optional.empty();
		}
		return Optional.of(user == null ? Set.of() : this.teamsByUser.getOrDefault(user.getName(), Set.of()));
	}

	public boolean canSee(Authentication user, String teamId) {
		return user != null && limitedTo(user).map(teams -> teams.contains(teamId)).orElse(true);
	}

	public boolean canSee(Authentication user, Upload upload) {
		return user != null && (isAdmin(user) || upload.uploadedBy().equals(user.getName()));
	}

}
