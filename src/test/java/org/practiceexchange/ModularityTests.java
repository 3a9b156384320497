package org.practiceexchange;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure: verified on every build, and documented from the code. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PracticeExchangeApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void everyFeaturePackageIsAModule() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("account", "organisation", "notification", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}
}
