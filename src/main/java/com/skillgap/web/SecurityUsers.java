package com.skillgap.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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

	/** One person who may sign in. */
	public record Account(String username, String password, @DefaultValue List<String> roles,
			@DefaultValue List<String> teams) {

		public Account {
			roles = List.copyOf(roles);
			teams = List.copyOf(teams);
		}

	}

}
