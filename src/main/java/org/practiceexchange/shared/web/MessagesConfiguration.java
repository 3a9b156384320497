package org.practiceexchange.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Interface text: {@code messages.properties} for what every page shares, plus one
 * {@code messages/<module>.properties} per module, found on the class path so a new module only
 * drops its file in.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] moduleFiles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		String[] basenames = Stream.concat(Stream.of("messages"), Arrays.stream(moduleFiles)
			.map(Resource::getFilename)
			.filter(name -> name != null && !name.contains("_"))
			.map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()).toArray(String[]::new);
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}
}
