/** True while the workbook holds a request (Excel: the user is editing a cell); the running job says so. */
import { createContext } from 'react';

export const WaitingContext = createContext(false);
