/**
 * Loads every capability once, so that each registers what it contributes to the shared registries
 * (for example the columns a directory merge must move). The app and the tests import this first.
 */
import './directory';
import './dialogues';
import './programme';
import './auth';
import './audit';
import './mail';
import './registration';
import './attendance';
import './agenda';
import './funding';
import './practices';
import './surveys';
import './reports';
