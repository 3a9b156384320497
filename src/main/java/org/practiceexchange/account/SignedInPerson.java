package org.practiceexchange.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them. Controllers take it with
 * {@code @AuthenticationPrincipal SignedInPerson me}.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer {

	private final Long id;

	private final String email;

	private final String name;

	private final Set<Role> roles;

	private final List<Long> organisationIds;

	private final boolean locked;

	private final boolean enabled;

	private transient String passwordHash;

	public SignedInPerson(Long id, String email, String name, Set<Role> roles, List<Long> organisationIds,
			String passwordHash, boolean locked, boolean enabled) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.organisationIds = List.copyOf(organisationIds);
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
	}

	public Long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public Set<Role> roles() {
		return roles;
	}

	public List<Long> organisationIds() {
		return organisationIds;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean belongsTo(Long organisationId) {
		return organisationIds.contains(organisationId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Drops the hash once sign-in is over, so the session never holds it. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInPerson person && person.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInPerson[" + id + "]";
	}
}
