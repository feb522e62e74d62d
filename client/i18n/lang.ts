// The interface languages: English (left to right) and Arabic (right to left). One definition for the whole client.
export type Lang = 'en' | 'ar';
