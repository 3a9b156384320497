/**
 * People, their roles and organisations, and everything about signing in: registration with
 * e-mail verification, invitations, password reset, lock-out after repeated failures. Other
 * modules read people through {@link org.practiceexchange.account.People} and the signed-in
 * person through {@link org.practiceexchange.account.SignedInPerson}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "notification" })
package org.practiceexchange.account;
