import { defineRule } from '../src/rule-api.js';

export default defineRule({
  meta: {
    verdict: 'advice too general',
    description: 'Ask specific questions instead of for general advice, help or "to pick your brain".',
    recommended: 'error',
    messages: {
      vague: 'Asking for "{{ask}}" gives the reader no question to answer: ask 2–3 specific questions instead (for example "How does your team measure ramp-up in the first 90 days?").',
      pickBrain: '"{{ask}}" asks for open-ended time: name the 2–3 specific questions you want to ask instead.',
    },
    docs: {
      why:
        'The article\'s USER writes "Can you please give me some advice?" and the verdict is "Seeking advice is too general." A busy reader cannot answer a request with no question in it; the NETWORKER asks permission to ask "three questions" and then asks them.',
      bad: [
        'Can you please give me some advice?',
        "I'd love to pick your brain sometime.",
        'Any tips would be greatly appreciated!',
        "I'm looking for some career advice as I move into product management.",
      ],
      good: [
        'Could you tell me how the Y Division measures ramp-up for new reps?',
        'I realize you don\'t know me, but may I ask you a few questions via e-mail?',
        'Your advice was invaluable.',
        'Thank you so much for the advice you gave me last week.',
        "I'd love your advice on how your team decided to move the sales org to a vertical structure last year.",
      ],
    },
  },
  create(context) {
    return {
      message() {
        for (const ask of context.reading.asks) {
          const vague = ask.vague;
          if (!vague) continue;
          context.report({ messageId: vague.pickBrain ? 'pickBrain' : 'vague', data: { ask: vague.text }, at: vague.at });
        }
      },
    };
  },
});
