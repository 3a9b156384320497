package org.practiceexchange.shared.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cheapest answer the app gives: the baseline the benchmark compares real pages against. */
@RestController
@Hidden
class PingController {

	@GetMapping(path = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
	String ping() {
		return "ok";
	}
}
