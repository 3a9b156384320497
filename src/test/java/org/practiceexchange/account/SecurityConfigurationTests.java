package org.practiceexchange.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule that lets a request skip the CSRF check, case by case. */
class SecurityConfigurationTests {

	@ParameterizedTest(name = "{0} {1} with {2} and {3}: exempt {4}")
	@CsvSource(nullValues = "none", textBlock = """
			POST, /api/people,          Basic dXNlcjpwdw==,  none,                               true
			POST, /api/people,          Basic dXNlcjpwdw==,  application/json,                   true
			POST, /api/people/7/roles,  basic dXNlcjpwdw==,  application/json;charset=UTF-8,     true
			PUT,  /api/people,          BASIC dXNlcjpwdw==,  application/xml,                    true
			POST, /api/people,          Basic dXNlcjpwdw==,  application/x-www-form-urlencoded,  false
			POST, /api/people,          Basic dXNlcjpwdw==,  multipart/form-data;boundary=x,     false
			POST, /api/people,          Basic dXNlcjpwdw==,  text/plain;charset=UTF-8,           false
			POST, /api/people,          none,                application/json,                   false
			POST, /api/people,          Bearer abc,          application/json,                   false
			POST, /api/people,          Basicx,              application/json,                   false
			POST, /account/password,    Basic dXNlcjpwdw==,  application/json,                   false
			POST, /apix,                Basic dXNlcjpwdw==,  application/json,                   false
			POST, /manage/people/new,   Basic dXNlcjpwdw==,  none,                               false
			""")
	void onlyBasicAuthenticatedApiCallsThatAreNotFormPostsSkipTheCsrfCheck(String method, String path,
			String authorization, String contentType, boolean exempt) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		if (contentType != null) {
			request.setContentType(contentType);
		}

		assertThat(SecurityConfiguration.isBasicApiCallWithoutFormBody(request)).isEqualTo(exempt);
	}
}
