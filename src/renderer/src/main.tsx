import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CustomerApp } from './features/customer/CustomerApp';
// Base first (colours and shared controls), then one sheet per feature.
import './styles/base.css';
import './styles/app.css';
import './styles/builder.css';
import './styles/share.css';
import './styles/customer.css';
import './styles/history.css';
import './styles/settings.css';
import './styles/links.css';
import './styles/staff.css';
import './styles/event.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// The same page serves the customer window (#customer), which shows only the customer view.
createRoot(root).render(<StrictMode>{window.location.hash === '#customer' ? <CustomerApp /> : <App />}</StrictMode>);
