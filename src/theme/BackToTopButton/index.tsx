/**
 * Wraps the back-to-top button. The theme scrolls to the top with a script animation, which the site's
 * reduced-motion CSS cannot stop. When the reader has asked their system for less motion, the click jumps to the
 * top instead and never reaches the theme's animation.
 */
import type {MouseEvent} from 'react';
import BackToTopButton from '@theme-original/BackToTopButton';
import styles from './styles.module.css';

function jumpWhenLessMotion(event: MouseEvent) {
  if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  event.stopPropagation();
  window.scrollTo({top: 0, behavior: 'instant'});
}

export default function BackToTopButtonWrapper() {
  return (
    <div className={styles.wrapper} onClickCapture={jumpWhenLessMotion}>
      <BackToTopButton />
    </div>
  );
}
