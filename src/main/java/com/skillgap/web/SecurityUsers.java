package com.skillgap.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.skillgap.intake.TeamIdentity;

/**
 * The people who may sign in, from {@code skillgap.security.users[i].*}.
 *
 * @param users each with a username, a password ({@code {bcrypt}…} or {@code {noop}…}), roles ({@code ADMIN},
 * {@code MANAGER}) and the ids of the teams a manager may see and upload for
 */
@ConfigurationProperties("skillgap.security")
public record SecurityUsers(@DefaultValue List<Account> users) {

	public SecurityUsers {
		users = List.copyOf(users);
	}

	/**
	 * One person who may sign in. Roles are checked ({@code ADMIN} or {@code MANAGER}, at least one, any case), and
	 * teams are turned into team ids as the reports name them ({@code Platform Team} becomes {@code platform-team}); a
	 * blank team is refused, so a manager can never end up with "no restriction" by mistake.
	 */
	public record Account(String username, String password, @DefaultValue List<String> roles,
			@DefaultValue List<String> teams) {

		static final Set<String> ROLES = Set.of("ADMIN", "MANAGER");

		public Account {
			if (username == null || username.isBlank()) {
				throw new IllegalArgumentException("a user needs a username");
			}
			if (password == null || password.isBlank()) {
				throw new IllegalArgumentException("user " + username + " needs a password ({bcrypt}... or {noop}...)");
			}
			roles = roles.stream().map(role -> role.strip().toUpperCase(Locale.ROOT)).distinct().toList();
			if (roles.isEmpty() || !ROLES.containsAll(roles)) {
				throw new IllegalArgumentException("user " + username + " has roles " + roles
						+ ": give ADMIN or MANAGER (or both)");
			}
			for (String team : teams) {
				if (team == null || team.isBlank()) {
					throw new IllegalArgumentException("user " + username + " has a blank team: remove it or name "
							+ "the team");
				}
			}
			teams = teams.stream().map(TeamIdentity::idOf).distinct().toList();
		}

	}

}
