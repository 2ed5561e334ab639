import { defineRule } from '../src/rule-api.js';

export default defineRule({
  meta: {
    verdict: 'nothing offered back',
    description: 'A message that asks for something should offer something back.',
    recommended: 'warn',
    messages: {
      noOffer:
        'This message asks for something but offers nothing back: add a line such as "Is there anything I can do to help you?" or offer something useful you can share.',
    },
    docs: {
      why:
        'Networking is "connecting to build two-way relationships for the long term." The article\'s NETWORKER closes the first note with "I hope I can help you in some way, as well" and the follow-up with "Is there anything I can do to help you?"; the USER only takes.',
      bad: ['Hi Sam, could you forward my résumé to the hiring manager for the sales role? Thanks, Nancy'],
      good: [
        'Hi Jo, thanks for reaching out about the role. Could you send over the job description before our call?',
        'Hi Sam, may I ask you three questions about the sales role by e-mail? I hope I can help you in some way, as well.',
        'Sam, thank you for your time on Tuesday. Your advice was invaluable, and I got the second interview!',
      ],
    },
  },
  create(context) {
    return {
      message() {
        const { asks, offers } = context.reading;
        const first = asks[0];
        if (first && offers.length === 0) context.report({ messageId: 'noOffer', at: first.at });
      },
    };
  },
});
