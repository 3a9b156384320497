/**
 * The outputs repository: outputs with their files, licences and themes, proposal and approval,
 * public search with facets, OAI-PMH for harvesters, and the cascade log of where participants
 * shared their learning. Other modules publish through {@link org.practiceexchange.resource.Outputs}
 * and may name a project's validators through {@link org.practiceexchange.resource.ProjectValidators}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "programme" })
package org.practiceexchange.resource;
