package org.practiceexchange.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** The one place that decides between a full page and its htmx fragment. */
class HtmxFragmentInterceptor implements HandlerInterceptor {

	static boolean isHtmxRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !(handler instanceof HandlerMethod method) || !isHtmxRequest(request)) {
			return;
		}
		HtmxFragment fragment = method.getMethodAnnotation(HtmxFragment.class);
		String view = modelAndView.getViewName();
		if (fragment != null && view != null && !view.startsWith("redirect:") && !view.contains("::")) {
			modelAndView.setViewName(view + " :: " + fragment.value());
		}
		response.addHeader("Vary", "HX-Request");
	}
}
