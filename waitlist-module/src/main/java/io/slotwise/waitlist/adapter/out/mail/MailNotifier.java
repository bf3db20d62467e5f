package io.slotwise.waitlist.adapter.out.mail;

import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.application.Notifier;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP (Spring Mail, configured by {@code spring.mail.*}). The offer id and
 * kind go in a header, so a mail client or gateway can drop a repeat after a crash.
 */
@Component
class MailNotifier implements Notifier {

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	/**
	 * Without {@code spring.mail.host} there is no sender, and e-mail is not delivered.
	 */
	MailNotifier(ObjectProvider<JavaMailSender> mail,
			@Value("${slotwise.waitlist.mail-from:waitlist@slotwise.local}") String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public boolean delivers(String channel) {
		return "EMAIL".equals(channel) && this.mail.getIfAvailable() != null;
	}

	@Override
	public void deliver(String channel, OfferNotice notice, @Nullable String email) {
		if (email == null) {
			throw new IllegalStateException("The entry has no e-mail address");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(email);
		message.setSubject(notice.subject());
		message.setText(notice.text() + "\n\nOffer " + notice.offer().value() + " (" + notice.kind() + ")");
		this.mail.getObject().send(message);
	}

}
