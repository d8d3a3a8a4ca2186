import { useCallback, useEffect, useState } from 'react';

const VOICE_LANG: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/**
 * Reading aloud with the browser's own speech synthesis (nothing is sent anywhere). `available` is false when the
 * device has no voice for the language: the page says so and relies on its pictograms and large text instead.
 */
export function useSpeech(lang: string) {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [synth]);
  const voice = voices.find((v) => v.lang.toLowerCase().startsWith(VOICE_LANG[lang].toLowerCase())) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang));
  const available = !!synth && !!voice;
  const speak = useCallback(
    (text: string) => {
      if (!synth || !voice) return;
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = voice.lang;
      try {
        u.voice = voice;
      } catch {
        // a voice the engine does not accept: its language is enough
      }
      u.rate = 0.9;
      synth.speak(u);
    },
    [synth, voice],
  );
  const stop = useCallback(() => synth?.cancel(), [synth]);
  useEffect(() => stop, [stop]);
  return { available, speak, stop };
}
