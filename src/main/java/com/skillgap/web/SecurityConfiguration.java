package com.skillgap.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sign-in: the API ({@code /api/**}) with HTTP Basic and no session, its refusals as
 * {@code application/problem+json}; the pages with a sign-in form, a session and CSRF tokens on every form. The users
 * come from {@link SecurityUsers}; with none configured, an {@code admin} with a generated password is printed at
 * start-up.
 */
@ConditionalOnWebApplication
@Configuration
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final String NOOP = "{noop}";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Skillgap\"");
				problem(response, HttpStatus.UNAUTHORIZED,
						"Sign in with your Skillgap user name and password (HTTP Basic).");
			}))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, ex) -> problem(response,
					HttpStatus.FORBIDDEN, "You may not see this.")))
			// the API authenticates every request itself and keeps no session, so there is no session to forge
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**", "/favicon.svg", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			// a form sent from a page left open past the session's end: sign in again rather than "forbidden"
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, ex) -> {
				if (ex instanceof CsrfException) {
					response.sendRedirect(request.getContextPath() + "/login?expired");
				}
				else {
					response.sendError(HttpStatus.FORBIDDEN.value(), "You may not see this.");
				}
			}))
			.logout(logout -> logout.logoutSuccessUrl("/login?signed-out").permitAll());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecurityUsers configured, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		for (SecurityUsers.Account account : configured.users()) {
			users.add(User.withUsername(account.username())
				.password(stored(account.password(), encoder))
				.roles(account.roles().toArray(String[]::new))
				.build());
		}
		if (users.isEmpty()) {
			String password = generatedPassword();
			users.add(User.withUsername("admin").password(encoder.encode(password)).roles("ADMIN").build());
			logger.warn("No users configured (skillgap.security.users): sign in as admin with the generated password "
					+ "{}", password);
		}
		return new InMemoryUserDetailsManager(users);
	}

	/**
	 * A password as kept in memory: a {@code {noop}} one is hashed at start-up, so that checking it takes as long as
	 * checking an unknown user's and the timing does not tell which user names exist.
	 */
	private static String stored(String configured, PasswordEncoder encoder) {
		return configured.startsWith(NOOP) ? encoder.encode(configured.substring(NOOP.length())) : configured;
	}

	private static String generatedPassword() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

}
