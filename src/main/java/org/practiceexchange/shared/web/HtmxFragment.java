package org.practiceexchange.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose page has a part that htmx may ask for on its own. For an htmx request the
 * view becomes {@code <view> :: <fragment>}; for any other request the whole page renders.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HtmxFragment {

	String value();
}
