package org.practiceexchange.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HtmxFragmentInterceptor());
	}

	/**
	 * Static files live under a few named paths only (spring.web.resources.add-mappings=false): with
	 * Boot's catch-all mapping, every link a page writes was looked up on the class path, several
	 * times, before the page could be sent.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl aDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(aDay);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(aDay);
		registry.addResourceHandler("/images/**").addResourceLocations("classpath:/static/images/").setCacheControl(aDay);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(aDay)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/.
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/");
	}
}
