package io.slotwise.platform.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mails the demo's embedded SMTP server received (waitlist offers), newest last, so
 * the e-mail channel can be watched without a mail client. Demo profile only.
 */
@RestController
@Profile("demo")
class DemoMail {

	private final ObjectProvider<GreenMail> mail;

	DemoMail(ObjectProvider<GreenMail> mail) {
		this.mail = mail;
	}

	@GetMapping("/demo/mail")
	List<Map<String, String>> received() throws MessagingException {
		GreenMail server = this.mail.getIfAvailable();
		if (server == null) {
			return List.of();
		}
		MimeMessage[] messages = server.getReceivedMessages();
		List<Map<String, String>> out = new java.util.ArrayList<>();
		for (MimeMessage message : messages) {
			out.add(Map.of("to", Arrays.toString(message.getAllRecipients()), "subject", message.getSubject(), "body",
					GreenMailUtil.getBody(message)));
		}
		return out;
	}

}
